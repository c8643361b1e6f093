import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FormLayoutSchema } from '@cchc/contracts';
import type { z } from 'zod';
import { uuid } from '../common/params.js';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ZodPipe } from '../common/zod.js';
import { FormLayoutService } from './form-layout.service.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
@Roles('admin', 'organizer', 'reporter')
export class FormLayoutController {
  constructor(private readonly layouts: FormLayoutService) {}

  @Get(':id/form-layout')
  @ApiOperation({
    summary:
      'How the unit heads and signs its official forms: the stored fields and the defaults of empty ones',
  })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.layouts.get(actor, id);
  }

  @Put(':id/form-layout')
  @ApiOperation({
    summary:
      'Set the form layout (cơ quan chủ quản, tên đơn vị, địa danh, người lập biểu, người ký); empty fields print their default',
  })
  @ApiZodBody(FormLayoutSchema)
  save(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(FormLayoutSchema)) body: z.output<typeof FormLayoutSchema>,
  ) {
    return this.layouts.save(actor, meta, id, body);
  }
}
