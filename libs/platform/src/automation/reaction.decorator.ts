import { SetMetadata } from '@nestjs/common';

export const REACTION_KEY = 'beslutskedjan:reaction';

/** Marks a provider implementing `Reaction`; the platform finds it and runs it after the read models. */
export const AutomationReaction = () => SetMetadata(REACTION_KEY, true);
