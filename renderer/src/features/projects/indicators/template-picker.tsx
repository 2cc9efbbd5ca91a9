/** The start of a 绩效目标表: one of the shipped templates, each with the rule it follows. */
import { Button, Card, Col, Flex, Row, Typography } from 'antd'
import {
  PERFORMANCE_TEMPLATES,
  type PerformanceTemplate
} from '@shared/domain/performance/templates'
import { INDICATOR_STRINGS as S } from './strings'

export function TemplatePicker({
  onChoose,
  onBlank
}: {
  onChoose(template: PerformanceTemplate): void
  onBlank(): void
}) {
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={5}>{S.chooseTemplateTitle}</Typography.Title>
        <Typography.Text type="secondary">{S.chooseTemplateText}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        {PERFORMANCE_TEMPLATES.map((template) => (
          <Col key={template.key} xs={24} lg={8}>
            <Card
              size="small"
              title={template.name}
              role="region"
              aria-label={template.name}
              style={{ height: '100%' }}
              actions={[
                <Button key="use" type="link" onClick={() => onChoose(template)}>
                  {S.useTemplate}
                </Button>
              ]}
            >
              <Typography.Paragraph>{template.description}</Typography.Paragraph>
              <Typography.Text type="secondary">
                {S.templateSource(template.source)}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <div>
        <Button type="link" onClick={onBlank} style={{ paddingInline: 0 }}>
          {S.startBlank}
        </Button>
      </div>
    </Flex>
  )
}
