/**
 * The fonts embedded in reports, with their licence. They are bundled as assets from a
 * devDependency, so the third-party list (built from the production dependency tree) does not
 * see them; the SIL Open Font License requires its text to travel with the fonts.
 */
import { Card, Collapse, Typography } from 'antd'
import notoSansScLicense from '@expo-google-fonts/noto-sans-sc/LICENSE_FONT?raw'
import { ABOUT_STRINGS as S } from './strings'

export function FontLicenses() {
  return (
    <Card title={S.fontsTitle} role="region" aria-label={S.fontsTitle}>
      <Typography.Paragraph type="secondary">{S.fontsIntro}</Typography.Paragraph>
      <Collapse
        items={[
          {
            key: 'noto-sans-sc',
            label: S.notoSansSc,
            children: (
              <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto', margin: 0 }}>
                {notoSansScLicense.trim()}
              </pre>
            )
          }
        ]}
      />
    </Card>
  )
}
