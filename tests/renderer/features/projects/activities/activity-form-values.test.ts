import { describe, expect, it } from 'vitest'
import {
  activityFormIssues,
  toDraft,
  toFormValues
} from '@renderer/features/projects/activities/activity-form-values'

const PERIOD = { startOn: '2026-03-01', endOn: '2027-02-28' }
const TODAY = '2026-11-22'

describe('the 服务记录 form’s live findings', () => {
  it('warns about a date outside the period while other fields are still blank', () => {
    const values = { ...toFormValues(null, TODAY), date: '2026-02-20' }
    const issues = activityFormIssues(toDraft(values, 'project-1'), TODAY, PERIOD)
    expect(issues).toEqual([
      { field: 'title', level: 'error', message: '请填写活动名称' },
      { field: 'participants', level: 'error', message: '服务人次须为数字' },
      {
        field: 'date',
        level: 'warning',
        message: '活动日期 2026-02-20 早于项目服务期开始日 2026-03-01'
      }
    ])
  })

  it('asks for volunteers once hours are recorded without them', () => {
    const values = {
      ...toFormValues(null, TODAY),
      title: '义诊',
      participants: 20,
      volunteerHours: 3
    }
    expect(activityFormIssues(toDraft(values, 'project-1'), TODAY, PERIOD)).toEqual([
      {
        field: 'volunteers',
        level: 'error',
        message: '记录了志愿服务时长 3 小时，请填写志愿者人次'
      }
    ])
  })
})
