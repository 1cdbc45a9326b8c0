import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { AcceptsReadBack, ReadBackPipe } from './read-back';

class ThingResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty()
  createdAt: Date;
}

@AcceptsReadBack(ThingResponse)
class ThingFieldsDto {
  @IsOptional()
  @IsString()
  name?: string;
}

class OtherDto {
  @IsString()
  name: string;
}

describe('ReadBackPipe', () => {
  const pipe = new ReadBackPipe();

  it('drops the response fields the DTO does not take, and keeps the rest for validation', () => {
    const body = { id: 7, name: '新名称', createdAt: '2026-01-01T00:00:00.000Z', unknown: 1 };
    expect(pipe.transform(body, { type: 'body', metatype: ThingFieldsDto })).toEqual({ name: '新名称', unknown: 1 });
  });

  it('leaves alone bodies of DTOs not marked, queries and non-objects', () => {
    const body = { id: 7, name: 'x' };
    expect(pipe.transform(body, { type: 'body', metatype: OtherDto })).toBe(body);
    expect(pipe.transform(body, { type: 'query', metatype: ThingFieldsDto })).toBe(body);
    expect(pipe.transform([body], { type: 'body', metatype: ThingFieldsDto })).toEqual([body]);
    expect(pipe.transform('x', { type: 'body', metatype: ThingFieldsDto })).toBe('x');
  });
});
