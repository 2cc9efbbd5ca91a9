/**
 * Between the 社工 form and the shared rule: every field under the draft's own name (a blank ID
 * number meaning "keep the stored one"), so each issue `checkSocialWorker` reports lands on its
 * input, and the rule's findings on the form as it stands while the user types. Whether a
 * certificate number is already taken is the repository's to say, on save.
 */
import { standInFor, topField, zodIssues, type FieldIssue } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'
import {
  checkSocialWorker,
  SOCIAL_WORKER_STAND_INS,
  socialWorkerDraftSchema,
  type CertLevel,
  type SocialWorker
} from '@shared/domain/social-workers/social-worker'
import type { SocialWorkerDraft } from '@renderer/db/repositories/social-workers-repository'

export interface SocialWorkerFormValues {
  name: string
  gender: SocialWorker['gender'] | null
  certLevel: CertLevel | null
  certNo: string
  registrationValidUntil: IsoDate | null
  employerId: string | null
  communityIds: string[]
  specialties: string[]
  phone: string
  /** A new number only: the stored one is never put back into an input. */
  idNumber: string
}

/** The fields the form shows; an issue about anything else goes above the form. */
export const SOCIAL_WORKER_FORM_FIELDS = Object.keys(socialWorkerDraftSchema.shape)

/** Gender and level are asked, never assumed. */
const NEW_WORKER: SocialWorkerFormValues = {
  name: '',
  gender: null,
  certLevel: null,
  certNo: '',
  registrationValidUntil: null,
  employerId: null,
  communityIds: [],
  specialties: [],
  phone: '',
  idNumber: ''
}

export function toFormValues(worker: SocialWorker | null): SocialWorkerFormValues {
  if (!worker) return structuredClone(NEW_WORKER)
  return {
    name: worker.name,
    gender: worker.gender,
    certLevel: worker.certLevel,
    certNo: worker.certNo ?? '',
    registrationValidUntil: worker.registrationValidUntil,
    employerId: worker.employerId,
    communityIds: [...worker.communityIds],
    specialties: [...worker.specialties],
    phone: worker.phone ?? '',
    idNumber: ''
  }
}

/**
 * The draft to check and save; `stored` is the worker being edited (null when adding). Missing
 * choices go as missing, so the schema words the message.
 */
export function toDraft(
  values: SocialWorkerFormValues,
  stored: SocialWorker | null
): SocialWorkerDraft {
  const newId = values.idNumber?.trim() ?? ''
  const draft = {
    name: values.name ?? '',
    gender: values.gender ?? undefined,
    certLevel: values.certLevel ?? undefined,
    certNo: values.certNo ?? '',
    registrationValidUntil: values.registrationValidUntil ?? null,
    employerId: values.employerId ?? null,
    communityIds: values.communityIds ?? [],
    specialties: values.specialties ?? [],
    phone: values.phone ?? '',
    idNumber: newId || (stored?.idNumber ?? null)
  }
  return draft as SocialWorkerDraft
}

/**
 * Every finding of the shared rule on the form as it stands: the shape of each field, then the
 * rule's own checks on the fields whose shape is right. Whether a certificate number is needed
 * depends on the level, so the number's findings wait for a level.
 */
export function socialWorkerFormIssues(
  values: SocialWorkerFormValues,
  stored: SocialWorker | null,
  today: IsoDate
): FieldIssue[] {
  const draft = toDraft(values, stored)
  const shape = socialWorkerDraftSchema.safeParse(draft)
  const shapeIssues = shape.success ? [] : zodIssues(shape.error)
  const broken = new Set(shapeIssues.map((issue) => topField(issue.field)))
  const checked = checkSocialWorker(standInFor(draft, broken, SOCIAL_WORKER_STAND_INS), today)
  const dependent = (field: string) =>
    broken.has(field) || (field === 'certNo' && broken.has('certLevel'))
  const ruleIssues = (checked.ok ? checked.warnings : checked.issues).filter(
    (issue) => !dependent(topField(issue.field))
  )
  return [...shapeIssues, ...ruleIssues]
}
