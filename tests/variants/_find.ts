import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
const ms = loadModels('../shared/corpus')
ms.forEach((m, mi) => { for (let k = 0; k < 2; k++) { const v = makeVariant(m, 1000 * mi + 600 + k + 1, 'html'); if (v.tags.includes('zero-sign:O')) console.log(m.id, v.seed, v.tags.join(' ')) } })
