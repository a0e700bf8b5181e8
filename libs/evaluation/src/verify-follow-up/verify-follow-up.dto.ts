import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { TEXT_MAX_LENGTH } from '../domain/evaluation.rules';

/**
 * The inspectorate returns a follow-up here, with a note. It accepts one by approving the
 * agency's follow-up submission in the workflow (document type 'follow-up'), never here.
 */
export class ReturnFollowUpDto {
  @ApiProperty({ enum: ['returned'], example: 'returned' })
  @IsIn(['returned'], {
    message:
      "outcome must be 'returned': a follow-up is accepted by approving its submission in the workflow (document type 'follow-up')",
  })
  outcome: 'returned';

  @ApiProperty({ example: 'Bukti SK IKI belum ditandatangani', maxLength: TEXT_MAX_LENGTH })
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  @Matches(/\S/, { message: 'note must say what is missing' })
  note: string;
}
