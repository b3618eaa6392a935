import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { MoneyField } from '@renderer/components/form/MoneyField';
import { StatusChip } from '@renderer/components/StatusChip';

function MoneyForm({ onValue }: { onValue: (ore: number | undefined) => void }) {
  const { control, watch } = useForm<{ amountOre?: number }>({ defaultValues: { amountOre: 5_000_000 } });
  onValue(watch('amountOre'));
  return <MoneyField control={control} name="amountOre" label="Beløp" />;
}

describe('MoneyField', () => {
  it('shows kroner with spaces and holds øre', () => {
    let value: number | undefined;
    render(<MoneyForm onValue={(v) => (value = v)} />);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Beløp' });
    expect(input.value).toBe('50\u00a0000');
    expect(value).toBe(5_000_000);

    fireEvent.change(input, { target: { value: '1250000' } });
    expect(value).toBe(125_000_000);
    fireEvent.blur(input);
    expect(input.value).toBe('1\u00a0250\u00a0000');

    fireEvent.change(input, { target: { value: '' } });
    expect(value).toBeUndefined();
    fireEvent.change(input, { target: { value: 'tusen' } });
    expect(Number.isNaN(value)).toBe(true);
    expect(input.value).toBe('tusen');
  });
});

describe('StatusChip', () => {
  it('shows Norwegian labels for calls, applications and screening', () => {
    render(
      <>
        <StatusChip kind="call" status="apen" />
        <StatusChip kind="application" status="under_behandling" />
        <StatusChip kind="screening" status="ikke_bestatt" />
        <StatusChip kind="screening" status="ikke_vurdert" />
      </>,
    );
    for (const label of ['Åpen', 'Under behandling', 'Ikke bestått', 'Ikke vurdert']) {
      expect(screen.getByText(label)).toBeTruthy();
    }
  });
});
