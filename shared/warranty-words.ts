/**
 * A warranty reason's i18next options: the verdict's own params, with the `none` context when earlier
 * repairs added no days (`withinWarranty_none` then says nothing of them). The printed ticket, the intake
 * and the job page all word a reason through this.
 */
export function reasonOptions(params: Record<string, string | number>): Record<string, string | number> {
  return params.extendedDays === 0 ? { ...params, context: 'none' } : params;
}
