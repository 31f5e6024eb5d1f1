export interface SwitchRowProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** An on/off setting: a native checkbox drawn as a switch, so label, keyboard and state come for free. */
export function SwitchRow({ id, label, hint, checked, onChange }: SwitchRowProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="wic-set__row">
      <div class="wic-set__text">
        <label for={id} class="wic-set__label">{label}</label>
        {hint && <p id={hintId} class="wic-set__hint">{hint}</p>}
      </div>
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="wic-set__switch"
        checked={checked}
        aria-describedby={hintId}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
    </div>
  );
}
