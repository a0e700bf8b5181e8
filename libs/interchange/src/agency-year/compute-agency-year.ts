import {
  agreementVersions,
  budgetTotal,
  conventionsFor,
  currentAgreement,
  measureEfficiency,
  mergeConventions,
  VersionedConventions,
} from '@jejak/measurement';
import { InterchangeDocument } from '../document/interchange-document';
import { AgencyYear } from './agency-year';
import { budgetSection, programLines } from './budget';
import { measureIndicators } from './performance';

/** The document's own conventions, as the version a tenant gets from the document's fiscal year on. */
export function documentConventions(doc: InterchangeDocument, version = 1): VersionedConventions {
  return { version, fromFiscalYear: doc.fiscalYear, conventions: mergeConventions(doc.conventions) };
}

/**
 * The reference computation of one agency-year from a valid document: performance, budget,
 * efficiency, agreement and evaluation, exactly as `*.expected.json`. The conventions are the
 * tenant's version in force for the fiscal year; by default the document's own.
 */
export function computeAgencyYear(
  doc: InterchangeDocument,
  versions: readonly VersionedConventions[] = [documentConventions(doc)],
): AgencyYear {
  const using = conventionsFor(doc.fiscalYear, versions);
  const measured = measureIndicators(doc, using);
  return {
    fiscalYear: doc.fiscalYear,
    conventionsVersion: using.version,
    performance: measured.map((m) => m.row),
    budget: budgetSection(doc, using),
    efficiency: doc.agreement
      ? measureEfficiency(currentAgreement(doc.agreement).targets, measured, programLines(doc), using)
      : [],
    agreement: agreementSummary(doc),
    evaluation: evaluationSummary(doc),
  };
}

function agreementSummary(doc: InterchangeDocument): AgencyYear['agreement'] {
  if (!doc.agreement) return null;
  const versions = agreementVersions(doc.agreement);
  return {
    versions: versions.length,
    budgetBefore: budgetTotal(versions[0].budget),
    budgetAfter: budgetTotal(versions[versions.length - 1].budget),
  };
}

function evaluationSummary(doc: InterchangeDocument): AgencyYear['evaluation'] {
  if (!doc.evaluation) return null;
  const recommendations = doc.evaluation.recommendations ?? [];
  return {
    recommendations: recommendations.length,
    followUpsDone: recommendations.filter((r) => r.followUp?.status === 'done').length,
  };
}
