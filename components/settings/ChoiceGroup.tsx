export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange(value: T): void;
}

/** One-of-several setting as a fieldset of radio buttons (arrow keys move between them natively). */
export function ChoiceGroup<T extends string>({ name, legend, value, choices, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="wic-set__group">
      <legend class="wic-set__label">{legend}</legend>
      <div class="wic-set__choices">
        {choices.map((c) => {
          const id = `${name}-${c.value}`;
          return (
            <label key={c.value} for={id} class="wic-set__choice" data-checked={c.value === value ? 'true' : undefined}>
              <input
                id={id}
                type="radio"
                name={name}
                value={c.value}
                checked={c.value === value}
                onChange={() => onChange(c.value)}
              />
              <span class="wic-set__choice-text">
                <span>{c.label}</span>
                {c.hint && <span class="wic-set__hint">{c.hint}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
