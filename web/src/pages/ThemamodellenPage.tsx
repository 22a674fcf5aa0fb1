import { ThemeModelTrainingPanel } from '@/modules/themeModels/components/ThemeModelTrainingPanel';
import { ThemeModelVersionsPanel } from '@/modules/themeModels/components/ThemeModelVersionsPanel';
import { Page } from '@/ui/Page';

export function ThemamodellenPage() {
  return (
    <Page
      title="Themamodellen"
      intro="Het themamodel stelt een thema voor bij klachten zonder thema. Hier traint u een nieuw model, vergelijkt u het met het model in gebruik en neemt u het in gebruik of gaat u terug naar een eerdere versie."
    >
      <ThemeModelTrainingPanel />
      <ThemeModelVersionsPanel />
    </Page>
  );
}
