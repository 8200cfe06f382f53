// Lines that must not compile: they prove the JSX typings are not `any`.
import type {} from '@childrensafe/widgets/react';

// @ts-expect-error seed is a number
export const wrongProperty = <cs-quiz seed="1" />;
// @ts-expect-error a quiz answer has no `nothing` in its detail
export const wrongDetail = <cs-quiz oncs-quiz-answer={(event) => event.detail.nothing} />;
// @ts-expect-error no such element
export const unknownElement = <cs-nothing />;
