/**
 * The shareable letter-builder link, shared by the finder, scenario and state pages:
 * `/letters/?state=<code>&to=<recipient>&concerns=<scenario-id>,<scenario-id>`.
 * It carries only the state, the kind of recipient and the concerns: never a name, an address,
 * a story or a contact. Finder, scenario and state pages link into the builder with it.
 */
// Kept free of other imports so the finder and the pages that link here stay small.
const recipientKinds = ['us-senator', 'us-representative', 'state-legislator', 'state-attorney-general', 'provider', 'hhs-ocr'] as const;
type RecipientKind = (typeof recipientKinds)[number];

export interface LetterLink {
  state?: string | undefined;
  to?: RecipientKind | undefined;
  concerns?: readonly string[] | undefined;
}

/** "/letters/?state=oh&to=us-representative&concerns=images-train-commercial-ai" */
export function letterUrl(link: LetterLink = {}): string {
  const params: string[] = [];
  if (link.state) params.push(`state=${encodeURIComponent(link.state)}`);
  if (link.to) params.push(`to=${encodeURIComponent(link.to)}`);
  if (link.concerns && link.concerns.length > 0) params.push(`concerns=${link.concerns.map(encodeURIComponent).join(',')}`);
  return `/letters/${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

const id = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Read a builder link defensively: unknown recipients, malformed ids and anything else are dropped. */
export function parseLetterUrl(search: string, known: { states: readonly string[]; concerns: readonly string[] }): LetterLink {
  const params = new URLSearchParams(search);
  const state = params.get('state')?.toLowerCase() ?? '';
  const to = params.get('to') ?? '';
  const concerns = (params.get('concerns') ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => id.test(value) && known.concerns.includes(value));
  return {
    ...(known.states.includes(state) ? { state } : {}),
    ...((recipientKinds as readonly string[]).includes(to) ? { to: to as RecipientKind } : {}),
    ...(concerns.length > 0 ? { concerns: [...new Set(concerns)].slice(0, 20) } : {}),
  };
}
