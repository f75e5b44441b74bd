'use client';
import { useValidation } from '../validation/validation-provider';

/** The Problems tab's label, with the live count. */
export function ProblemsTabLabel() {
  const { findings } = useValidation();
  return <>Problems ({findings.length})</>;
}
