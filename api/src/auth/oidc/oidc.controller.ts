import { Controller, Get, Req, Res } from '@nestjs/common';
import { Public } from '../public.decorator';
import { SessionResponse } from '../session-cookie';
import { oidcMessagePage } from './oidc-message-page';
import { OidcCallbackRequest, OidcOutcome, OidcService } from './oidc.service';

/** The parts of Express's response used here. */
interface Response extends SessionResponse {
  setHeader(name: string, value: string): unknown;
  redirect(status: number, url: string): void;
  status(code: number): { type(type: string): { send(body: string): unknown } };
}

/** Login with an organisation account (OpenID Connect); off (404) without LEERLUS_OIDC_ISSUER. */
@Public()
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly service: OidcService) {}

  @Get('login')
  async login(@Res() res: Response): Promise<void> {
    send(res, await this.service.start(res));
  }

  @Get('callback')
  async callback(@Req() req: OidcCallbackRequest, @Res() res: Response): Promise<void> {
    send(res, await this.service.finish(req, res));
  }
}

function send(res: Response, outcome: OidcOutcome): void {
  res.setHeader('Cache-Control', 'no-store');
  if ('redirect' in outcome) {
    res.redirect(303, outcome.redirect);
  } else {
    res.status(outcome.status).type('html').send(oidcMessagePage(outcome.message));
  }
}
