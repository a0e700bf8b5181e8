import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { TEXT_MAX_LENGTH } from '../domain/evaluation.rules';
import { EVIDENCE_MAX_BASE64, EVIDENCE_MAX_BYTES } from '../evidence/evidence-files';
import { FollowUpInputDto } from '../shared/follow-up-input.dto';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** An uploaded file, as base64 in the JSON body (at most 1 MiB of bytes). */
export class EvidenceFileDto {
  @ApiProperty({ example: 'sk-iki-bkpsdm-2024.pdf', maxLength: 255 })
  @IsString()
  @Length(1, 255)
  @Matches(/^[^/\\\p{Cc}]+$/u, { message: 'name must be a file name (no slashes, no control characters)' })
  name: string;

  @ApiProperty({ example: 'application/pdf' })
  @IsString()
  @MaxLength(127)
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'mediaType must be a media type like application/pdf' })
  mediaType: string;

  @ApiProperty({
    description: `The bytes in base64; at most ${EVIDENCE_MAX_BYTES} bytes (a 400 when larger)`,
  })
  @IsString()
  @Length(4, EVIDENCE_MAX_BASE64, {
    message: `contentBase64 must hold 1 to ${EVIDENCE_MAX_BYTES} bytes of a file, in base64`,
  })
  @Matches(BASE64, { message: 'contentBase64 must be base64 (RFC 4648, with padding)' })
  contentBase64: string;
}

const given = (value: unknown): boolean => value !== undefined && value !== null;

/** Progress on a follow-up: what was done (a note), its evidence (a link or a file), and whether it is done. */
export class ReportFollowUpProgressDto extends FollowUpInputDto {
  @ApiPropertyOptional({ example: 'SK IKI telah ditetapkan', nullable: true, maxLength: TEXT_MAX_LENGTH })
  @ValidateBy({
    name: 'hasSubstance',
    validator: {
      validate: (_v, args) => {
        const o = args?.object as ReportFollowUpProgressDto;
        return given(o.note) || given(o.link) || given(o.file);
      },
      defaultMessage: () => 'note is required when there is no evidence (a link or a file)',
    },
  })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  note?: string | null;

  @ApiPropertyOptional({
    example: 'https://drive.google.com/file/d/1ZhmxmVGBIGBZ6jYv0IU7IXoRv4n-CkX/view',
    nullable: true,
    description: 'Evidence as a link (http or https); or give a file, not both',
  })
  @ValidateBy({
    name: 'oneEvidence',
    validator: {
      validate: (_v, args) => {
        const o = args?.object as ReportFollowUpProgressDto;
        return !(given(o.link) && given(o.file));
      },
      defaultMessage: () => 'link and file are exclusive: give one piece of evidence per report',
    },
  })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'link must be an http(s) URL' },
  )
  @MaxLength(2000)
  link?: string | null;

  @ApiPropertyOptional({ type: EvidenceFileDto, nullable: true, description: 'Evidence as an uploaded file' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceFileDto)
  file?: EvidenceFileDto | null;

  @ApiPropertyOptional({
    default: false,
    description: 'True: the action is done, and the follow-up awaits the inspectorate’s verification',
  })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;
}
