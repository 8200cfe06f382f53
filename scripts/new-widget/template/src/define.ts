import { defineElement } from '@childrensafe/core';
import { Cs__Name__ } from './__name__.js';

defineElement('cs-__name__', Cs__Name__);

export { Cs__Name__ };
