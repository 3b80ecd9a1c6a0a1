import { useEffect, useRef } from 'react';
import { Box, Button, Group, Text } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The exported signature's size: wide enough to read on a printed ticket, small enough to keep. */
const WIDTH = 600;
const HEIGHT = 200;

/**
 * The customer signs with a mouse, a finger or a pen (pointer events); each stroke ends by exporting
 * the drawing as a 600×200 PNG data URL on a white background. Clear starts again (null).
 */
export function SignaturePad(props: { value: string | null; onChange: (dataUrl: string | null) => void; error?: string }) {
  const { value, onChange, error } = props;
  const { t } = useTranslation('jobIntake');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  const blank = () => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
  };
  useEffect(() => {
    if (value === null) blank();
  }, [value]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * WIDTH, y: ((e.clientY - rect.top) / rect.height) * HEIGHT };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = point(e);
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d');
    const p = point(e);
    ctx?.lineTo(p.x, p.y);
    ctx?.stroke();
  };
  const up = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(e.currentTarget.toDataURL('image/png'));
  };

  return (
    <Box>
      <Box
        style={{
          border: `2px ${error ? 'solid var(--mantine-color-red-6)' : 'dashed var(--mantine-color-gray-5)'}`,
          borderRadius: 8,
          background: '#fff',
          maxWidth: WIDTH,
        }}
      >
        <canvas
          ref={canvasRef}
          width={WIDTH}
          height={HEIGHT}
          aria-label={t('signature.pad')}
          data-testid="signature-pad"
          data-signed={value !== null}
          style={{ width: '100%', height: 'auto', display: 'block', touchAction: 'none', cursor: 'crosshair' }}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
        />
      </Box>
      <Group justify="space-between" mt={4} maw={WIDTH}>
        <Text size="xs" c={error ? 'red' : 'dimmed'}>
          {error ?? (value === null ? t('signature.hint') : t('signature.signed'))}
        </Text>
        <Button size="xs" variant="subtle" leftSection={<IconEraser size={14} />} disabled={value === null} onClick={() => onChange(null)}>
          {t('signature.clear')}
        </Button>
      </Group>
    </Box>
  );
}
