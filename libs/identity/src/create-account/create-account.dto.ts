import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class PostHoldingDto {
  @ApiProperty({ description: 'The post held (its id in tenancy)' })
  @IsString()
  @Length(1, 200)
  post: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  agency?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  unit?: string;

  @ApiPropertyOptional({ description: 'Held as an acting appointment (Plt./Plh.)' })
  @IsOptional()
  @IsBoolean()
  acting?: boolean;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class CreateAccountDto {
  @ApiProperty({ example: 'kepala.bkpsdm@dumaikota.go.id' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Kepala BKPSDM' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ format: 'password', minLength: 8 })
  @IsString()
  @Length(8, 1024)
  password: string;

  @ApiPropertyOptional({ type: [PostHoldingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PostHoldingDto)
  posts?: PostHoldingDto[];
}
