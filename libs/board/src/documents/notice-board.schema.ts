/** OpenAPI schema of getNoticeBoard, so generated clients type it. */
const legalForce = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['not_posted', 'appeal_window', 'legal_force', 'appealed'] },
    appealEndsOn: { type: 'string', format: 'date' },
    legalForceOn: { type: 'string', format: 'date', description: 'The day the decision gains laga kraft if not appealed' },
    court: { type: 'string' },
    courtCaseNumber: { type: 'string' },
    outcome: { type: 'string' },
  },
};

export const noticeBoardSchema = {
  type: 'object',
  required: ['forbundName', 'notices'],
  properties: {
    forbundName: { type: 'string' },
    notices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['meetingId', 'heading', 'meetingDate', 'attestedOn', 'postedOn', 'appealEndsOn', 'keptAt', 'decisions'],
        properties: {
          meetingId: { type: 'string' },
          heading: { type: 'string' },
          meetingDate: { type: 'string', format: 'date' },
          attestedOn: { type: 'string', format: 'date' },
          postedOn: { type: 'string', format: 'date' },
          appealEndsOn: { type: 'string', format: 'date' },
          keptAt: { type: 'string', description: 'Förvaringsplats for the minutes' },
          decisions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['itemNo', 'caseNumber', 'title', 'kind', 'outcome', 'decidedOn', 'legalForce'],
              properties: {
                itemNo: { type: 'integer' },
                caseNumber: { type: 'string' },
                title: { type: 'string' },
                kind: { type: 'string', enum: ['decision', 'reported_delegated_decision'] },
                outcome: { type: 'string', nullable: true },
                decidedOn: { type: 'string', format: 'date', nullable: true },
                legalForce,
              },
            },
          },
        },
      },
    },
  },
};
