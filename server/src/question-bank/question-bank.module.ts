import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { QuestionImportService } from './question-import.service.js';
import { QuestionsController } from './questions.controller.js';
import { QuestionsRepository } from './questions.repository.js';
import { QuestionsService } from './questions.service.js';

/** The question bank (ngân hàng câu hỏi): areas, questions with revisions, import and export. */
@Module({
  imports: [AuditModule, ScopeModule],
  controllers: [QuestionsController],
  providers: [QuestionsRepository, QuestionsService, QuestionImportService],
})
export class QuestionBankModule {}
