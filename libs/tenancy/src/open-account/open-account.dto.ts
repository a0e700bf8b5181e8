import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PostAssignmentDto } from '../shared/post-assignment.dto';

export class OpenAccountDto {
  @ApiProperty({ example: 'sekretaris.bkpsdm@dumaikota.go.id' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Sekretaris BKPSDM' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ format: 'password', minLength: 8 })
  @IsString()
  @Length(8, 1024)
  password: string;

  @ApiPropertyOptional({ type: [PostAssignmentDto], description: 'Posts of the tenant the official holds' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PostAssignmentDto)
  posts?: PostAssignmentDto[];
}
