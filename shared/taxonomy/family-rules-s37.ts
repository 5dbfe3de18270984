// Category phrases of session 37 (s537, holdout 21's tuning part): wordings that name a category's concept by
// another road than the words the rules knew. Each from problem-taxonomy.md's description of the category.
import type { CategoryRule } from './category-rule'

export const FAMILY_RULES_S37: CategoryRule[] = [
  {
    // A body's disclosure list (公开清单) is its catalogue, revised or said to be out of date ("信息公开清单多年
    // 未修订", "修订…信息公开清单"); and what to publish left without one rule for all ("公开什么、怎么公开没有统一
    // 要求", "缺少统一规范"): 两化 (standardization: "catalogues (目录) incomplete").
    category: 'standardization',
    anywhere: [
      /公开(?:事项)?清单(?=[^，。；]{0,8}(?:未修订|未更新|没有修订|多年未|不完善|不健全|滞后|陈旧|缺失))|(?:修订|完善|更新|调整)[^，。；]{0,12}公开(?:事项)?清单/,
      /(?:没有|缺少|缺乏|尚无|无)统一(?:的)?(?:要求|标准|规范)/,
    ],
  },
  {
    // Leaders who seldom ask after the work ("院领导过问不多", "主要领导很少过问"): their attention (awareness).
    category: 'awareness',
    anywhere: [/领导[^，。；]{0,8}(?:过问|关心)(?:不多|较少|很少|少|不够)|(?:很少|极少|较少|鲜有)过问/],
  },
  {
    // A box or channel for the public's suggestions made known, the public asked to speak ("宣传…意见箱，鼓励师生
    // 建言"): participation.
    category: 'public-participation',
    anywhere: [/意见箱|鼓励[^，。；]{0,8}建言/],
  },
  {
    // What is published of uneven quality ("稿件质量参差不齐"): low-quality disclosure. (Not "报送信息质量不高" said of
    // the staff who report it: staff's, holdouts 7 and 12.)
    category: 'incomplete-disclosure',
    anywhere: [/(?:稿件|信息)质量参差不齐/],
  },
  {
    // The budget's own documents not put up ("决算和“三公”经费一直没有上传"): a key domain's disclosure (financial
    // information), not the work's funding. (Making them up, "补齐历年预决算", is read both ways by the writers:
    // left to the other words.)
    category: 'incomplete-disclosure',
    anywhere: [/(?:预算|决算|三公)[^。；]{0,16}(?:没有|未|尚未|一直没有)(?:上传|公开|公布|挂网)/],
  },
]
