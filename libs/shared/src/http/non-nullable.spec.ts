import { BadRequestException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { NonNullablePipe, undocumentedNulls } from './non-nullable';

class PartDto {
  @ApiProperty()
  label: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  note?: string | null;
}

class WholeDto {
  @ApiProperty()
  name: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  coverId?: number | null;

  @ApiPropertyOptional({ type: () => PartDto })
  part?: PartDto;

  @ApiPropertyOptional({ type: [PartDto] })
  parts?: PartDto[];
}

class WholeFieldsDto extends PartialType(WholeDto) {}

describe('NonNullablePipe', () => {
  const pipe = new NonNullablePipe();

  it('refuses null where the document does not say nullable, nested objects and arrays too', () => {
    const body = { name: null, coverId: null, part: { label: null, note: null }, parts: [{ label: 'a' }, { label: null }] };
    expect(undocumentedNulls(body, WholeDto)).toEqual(['name', 'part.label', 'parts[1].label']);
    expect(undocumentedNulls({ name: null }, WholeFieldsDto)).toEqual(['name']);
    expect(() => pipe.transform({ name: null }, { type: 'body', metatype: WholeFieldsDto })).toThrow(BadRequestException);
  });

  it('passes documented nulls, absent fields, queries and bodies of no DTO', () => {
    const body = { coverId: null, part: { label: 'x', note: null } };
    expect(pipe.transform(body, { type: 'body', metatype: WholeFieldsDto })).toBe(body);
    expect(pipe.transform({ name: null }, { type: 'query', metatype: WholeDto })).toEqual({ name: null });
    expect(pipe.transform(null, { type: 'body', metatype: WholeDto })).toBeNull();
    expect(pipe.transform({ name: null }, { type: 'body' })).toEqual({ name: null });
  });
});
