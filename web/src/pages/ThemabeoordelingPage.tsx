import { ThemeReviewQueuePanel } from '@/modules/themeReview/components/ThemeReviewQueuePanel';
import { ThemeReviewWeeksPanel } from '@/modules/themeReview/components/ThemeReviewWeeksPanel';
import { Page } from '@/ui/Page';

export function ThemabeoordelingPage() {
  return (
    <Page
      title="Themabeoordeling"
      intro="Het systeem stelt voor elke klacht zonder thema een thema voor. Hier beoordeelt u de voorstellen waarover het twijfelt, waarover trefwoorden en model het oneens zijn, en een willekeurige controle. De gemarkeerde woorden wogen het zwaarst. Uw keuzes worden het thema van de klacht en leren het systeem bij."
    >
      <ThemeReviewQueuePanel />
      <ThemeReviewWeeksPanel />
    </Page>
  );
}
