export { Cs__Name__ } from './__name__.js';
export type { __Name__ChangeDetail } from './__name__-events.js';
