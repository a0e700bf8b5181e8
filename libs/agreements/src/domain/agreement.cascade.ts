import { CascadeOutsideParent, InvalidCascade } from './agreement.errors';
import { AgreementState, DraftAgreementData, termsOf } from './agreement.decider';

/**
 * The loose check of a cascaded PK against its parent (checked by the draft handler, which reads
 * the parent's stream). A unit's or a person's PK agrees on its own indicators — the kegiatan's
 * outputs, not the sasaran's — so targets are not compared. What is enforced: the parent exists
 * (drafted or signed) in the same agency and year, and every program in the cascaded budget is one
 * of the parent's budget programs in force, with an amount no larger than the parent's.
 */
export function assertCascadeFits(parent: AgreementState, data: DraftAgreementData): void {
  const terms = termsOf(parent);
  if (terms === null) {
    throw new InvalidCascade(
      `No PK ${data.cascadedFrom ?? 'of the agency'} for ${data.fiscalYear} to cascade from`,
    );
  }
  const ceilings = new Map(terms.budget.map((line) => [line.program, BigInt(line.amount)]));
  data.budget.forEach((line, i) => {
    const ceiling = ceilings.get(line.program);
    if (ceiling === undefined) {
      throw new CascadeOutsideParent(
        `Program "${line.program}" is not in the budget of the PK cascaded from`,
        `budget[${i}].program`,
      );
    }
    if (/^\d+$/.test(line.amount) && BigInt(line.amount) > ceiling) {
      throw new CascadeOutsideParent(
        `The amount exceeds the ${ceiling} rupiah of "${line.program}" in the PK cascaded from`,
        `budget[${i}].amount`,
      );
    }
  });
}
