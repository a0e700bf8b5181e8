import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { NOTE_MAX_LENGTH, ProposedChangeDto } from '../submit-workflow/submit-workflow.dto';

export class TransitionNoteDto {
  @ApiPropertyOptional({ nullable: true, maxLength: NOTE_MAX_LENGTH, example: 'Sesuai dengan bukti dukung' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string | null;
}

/** Returning says why (422 WORKFLOW.NOTE_REQUIRED without a note) and to whom. */
export class ReturnSubmissionDto extends TransitionNoteDto {
  @ApiProperty({
    enum: ['drafter', 'previous'],
    description: 'To the drafter, or to the step before (the drafter, from the first)',
  })
  @IsIn(['drafter', 'previous'])
  to: 'drafter' | 'previous';
}

export class ResubmitSubmissionDto extends TransitionNoteDto {
  @ApiPropertyOptional({ type: ProposedChangeDto, description: 'The revised proposal; absent: as submitted' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedChangeDto)
  change?: ProposedChangeDto;
}
