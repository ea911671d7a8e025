import { Label, Select } from '@digdir/designsystemet-react';

/** A labelled choice of one of the meeting's members, with an empty first option that asks for a choice. */
export function MemberSelect(props: {
  id: string;
  label: string;
  placeholder: string;
  members: { personId: string; name: string }[];
  value: string;
  onChange: (personId: string) => void;
}) {
  return (
    <div>
      <Label htmlFor={props.id}>{props.label}</Label>
      <Select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <Select.Option value="">{props.placeholder}</Select.Option>
        {props.members.map((s) => (
          <Select.Option key={s.personId} value={s.personId}>
            {s.name}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
