// @vitest-environment happy-dom
// The crop beside a number read by OCR: a page of a scan says its page, a table picture of a saved
// web page says which picture; a crop that could not be cut shows why (in Chinese), not a blank.
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { ScanCrop as Crop } from '../../shared/api'
import ScanCrop from '../../src-renderer/components/report/ScanCrop.vue'
import { i18n } from '../../src-renderer/i18n'
import { settle } from './fixtures'

const PNG = 'data:image/png;base64,iVBORw0KGgo='

async function mountWith(answer: () => Promise<Crop | null>) {
  Object.defineProperty(window, 'desk', { value: { report: { scanCrop: answer } }, configurable: true, writable: true })
  const pinia = createPinia()
  setActivePinia(pinia)
  const w = mount(ScanCrop, { props: { reportId: 'r1', field: 'requests.received' }, global: { plugins: [pinia, i18n] } })
  await settle()
  return w
}

describe('ScanCrop', () => {
  it('a scan page: the crop and its page', async () => {
    const w = await mountWith(async () => ({ dataUrl: PNG, page: 3 }))
    expect(w.find('[data-testid="scan-crop"]').attributes('src')).toBe(PNG)
    expect(w.find('figcaption').text()).toContain('第 3 页')
  })

  it('a web page: which of its pictures', async () => {
    const w = await mountWith(async () => ({ dataUrl: PNG, page: 2, webPicture: true }))
    expect(w.find('figcaption').text()).toContain('网页中第 2 张图片')
    expect(w.find('figcaption').text()).not.toContain('第 2 页')
  })

  it('a crop that failed says why', async () => {
    const w = await mountWith(async () => {
      throw new Error('截取原件的进程意外退出（SIGKILL）')
    })
    expect(w.find('[data-testid="scan-crop"]').exists()).toBe(false)
    expect(w.find('.err').text()).toContain('截取原件的进程意外退出')
  })
})
