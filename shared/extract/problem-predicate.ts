// The words by which a section 五 clause says what is lacking (不够, 不及时, 滞后, 难以…): a problem's
// mark where no category word names it. Shared by problems.ts and problem-lists.ts.

// 不严 as in 把关不严, 审核不严: the same family as 不强/不高.
// 没有/无法/不能, 只有/仅有/不多 (too few), 复杂/繁琐 and a clause ending in 难 ("基层人员上手难") say what is lacking too,
// and so does too little said ("说明过于简单", "内容笼统").
// 不深/跟不上/不准/来不及/过短/一直未…/…的倾向, a clause ending in 少 (互动少): how reports say a fault without the words above (session 14).
export const PROBLEM_PREDICATE =
  /没有|无法|不能|只有|仅有|不多|复杂|繁琐|难(?=[，,。；;]|$)|不够|不足|不严|有待|不强|不高|不到位|不及时|不完善|不规范|不均衡|不平衡|不统一|不一|单一|薄弱|欠缺|较少|偏少|滞后|缺乏|缺少|难以|仍需|尚需|还需|需进一步|差距|不明显|不突出|参差不齐|有限|困难|压力|慢|陈旧|不熟|生疏|不畅|不便|不准确|不明确|不充分|偏低|较低|为空|失效|混乱|过于(?:简单|简略|笼统|原则|单一)|笼统|简略|未(?:能|及时|按|完全|全面|公开|建立|明确|落实|更新|更换|换|调整)|过时|过期|走过场|错别字|差错|不深|不透|跟不上|不准|来不及|过(?:短|长|晚|早|少|慢)|(?:一直|仍|尚|至今)未|的倾向|(?<!多)少$/
