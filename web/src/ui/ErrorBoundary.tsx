import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  hasError: boolean;
}

/**
 * Catches render errors and failed page-chunk downloads (for instance after a new release replaced
 * the files), so the header and menu stay usable. React still needs a class for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <div role="alert" className="state state--error">
        <h1>Deze pagina kon niet worden geladen</h1>
        <p>Er ging iets mis. Laad de pagina opnieuw. Lukt het dan nog niet, probeer het later nog eens.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Pagina opnieuw laden
        </button>
      </div>
    );
  }
}
