import { useView } from '../view-context.tsx';

export interface PanelFooterProps {
  marksOn: boolean;
  onToggleMarks(on: boolean): void;
  onDisableSite(): void;
}

/** The reader's controls: marking on or off, and "Don't show on this site". */
export function PanelFooter({ marksOn, onToggleMarks, onDisableSite }: PanelFooterProps) {
  const { t } = useView();
  return (
    <footer class="wic-foot">
      <button
        type="button"
        role="switch"
        class="wic-switch"
        aria-checked={marksOn ? 'true' : 'false'}
        onClick={() => onToggleMarks(!marksOn)}
      >
        <span class="wic-switch__track" aria-hidden="true">
          <span class="wic-switch__thumb" />
        </span>
        <span class="wic-switch__label">{t('panel_marks_label')}</span>
      </button>
      <button type="button" class="wic-btn wic-btn--quiet" onClick={onDisableSite}>
        {t('panel_disable_site')}
      </button>
    </footer>
  );
}
