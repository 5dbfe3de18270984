// Chinese names of the section 五 problem categories (../../shared/spec/problem-taxonomy.md).
import type { ProblemCategory } from '../model/report'

export const PROBLEM_CATEGORY_ZH: Record<ProblemCategory, string> = {
  'update-gap': '栏目更新不及时',
  'platform-stability': '平台系统不稳定、不好用',
  'duplicate-publishing': '标准不一、重复发布',
  'incomplete-disclosure': '公开不全面、深度不够',
  'reading-room-underused': '查阅场所作用发挥不足',
  'request-handling': '依申请公开办理不规范',
  'policy-interpretation': '政策解读不到位',
  'public-participation': '公众参与不足',
  'staff-capacity': '人员力量和业务能力不足',
  awareness: '思想认识不到位',
  standardization: '标准化规范化推进不够',
  'new-media': '政务新媒体管理不规范',
  other: '其他',
}
