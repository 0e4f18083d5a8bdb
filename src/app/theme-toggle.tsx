import { Icon } from '../components/ui/icon';
import { setThemeChoice, useTheme } from './theme';

/** Switches between light and dark; Settings also offers "follow the system". */
export function ThemeToggle() {
  const { resolved } = useTheme();
  const next = resolved === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => setThemeChoice(next)}
      aria-label={`Use ${next} theme`}
      title={`Use ${next} theme`}
    >
      <Icon name={resolved === 'dark' ? 'sun' : 'moon'} />
    </button>
  );
}
