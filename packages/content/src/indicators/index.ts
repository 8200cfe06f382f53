import { builtin } from '../generated/builtin-indicators.js';
import { defineKind } from '../parse-result.js';
import { indicatorSetSchema } from './indicator-set-schema.js';

export const indicatorSets = defineKind('indicator-set', indicatorSetSchema, builtin);

export {
  indicatorSetSchema,
  type ConcernBand,
  type Indicator,
  type IndicatorCategory,
  type IndicatorSet,
  type ReportingRoute,
} from './indicator-set-schema.js';
