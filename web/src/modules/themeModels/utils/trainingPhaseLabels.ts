/** The training phases of the API (ThemeModelTraining.phase), in plain Dutch. */
export const TRAINING_PHASE_LABELS: Record<string, string> = {
  wachten: 'Wacht op de start',
  gegevens: 'Gegevens verzamelen',
  trainen: 'Model leren',
  evalueren: 'Vergelijken met het model in gebruik',
  opslaan: 'Opslaan',
  klaar: 'Klaar',
  mislukt: 'Mislukt',
};

export const MODEL_STATUS_LABELS: Record<string, string> = {
  kandidaat: 'Nieuw, nog niet in gebruik',
  actief: 'In gebruik',
  vervangen: 'Vervangen',
  afgewezen: 'Afgewezen',
};

export const isTrainingDone = (phase: string): boolean => phase === 'klaar' || phase === 'mislukt';
