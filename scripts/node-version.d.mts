export const REQUIRED_NODE: string;
export function nodeVersionProblem(version: string): string | null;
