import { Button, ColorPicker, Flex, Input } from 'antd';

interface Props {
  /** Given by Form.Item: the text box carries it, so the item's label names it. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** The field's name, for the colour button's accessible name. */
  label: string;
  placeholder?: string;
}

/** A #RRGGBB colour: antd's picker, and the hex code as text one can type or paste. */
export function ColorField({ id, value, onChange, label, placeholder = '#RRGGBB' }: Props) {
  const valid = !!value && /^#[0-9a-f]{6}$/i.test(value);
  return (
    <Flex gap={8}>
      <ColorPicker value={valid ? value : undefined} disabledAlpha format="hex" onChange={(color) => onChange?.(color.toHexString())}>
        <Button aria-label={`${label}:打开取色板`} style={{ width: 40, padding: 4 }}>
          <span
            style={{
              display: 'block',
              width: '100%',
              height: '100%',
              borderRadius: 2,
              background: valid ? value : 'repeating-linear-gradient(45deg,#eee 0 4px,#fff 4px 8px)',
            }}
          />
        </Button>
      </ColorPicker>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value.trim())}
        placeholder={placeholder}
        maxLength={7}
        style={{ width: 120, fontFamily: 'monospace' }}
      />
    </Flex>
  );
}

export const COLOR_RULE = { pattern: /^#[0-9a-fA-F]{6}$/, message: '请输入 #RRGGBB 形式的颜色,如 #b5121b' };
