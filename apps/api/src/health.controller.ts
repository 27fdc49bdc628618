import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '@buurtwerk/core';

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process is running (liveness). */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Ready for traffic: the database answers and every migration is applied (readiness). */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: string; database: string; migraties: string }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      void reply.status(503);
      return { status: 'niet gereed', database: 'onbereikbaar', migraties: 'onbekend' };
    }
    const openstaand = await this.dataSource.showMigrations().catch(() => true);
    if (openstaand) {
      void reply.status(503);
      return { status: 'niet gereed', database: 'ok', migraties: 'openstaand' };
    }
    return { status: 'ok', database: 'ok', migraties: 'bijgewerkt' };
  }
}
