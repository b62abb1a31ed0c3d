import { withoutBackground } from './background';

describe('withoutBackground', () => {
  it('cuts a relative clause on a person out of the middle or the end of a sentence', () => {
    expect(withoutBackground('Putin, who has faced isolation over the war, met Xi in Beijing in October.', 'en')).toBe(
      'Putin, met Xi in Beijing in October.',
    );
    expect(withoutBackground('The talks were led by Ushakov, whose office confirmed the call.', 'en')).toBe(
      'The talks were led by Ushakov,',
    );
  });

  it('cuts the examples after ", including" to the next comma, not a clause after them', () => {
    expect(withoutBackground('China has benefited from cheap Russian energy, including gas via the Power of Siberia pipeline.', 'en')).toBe(
      'China has benefited from cheap Russian energy,',
    );
    expect(withoutBackground('Russia fired missiles at Ukrainian cities, including Kyiv and Lviv, killing at least a dozen people.', 'en')).toBe(
      'Russia fired missiles at Ukrainian cities, killing at least a dozen people.',
    );
  });

  it('takes a list of examples whole, to the comma that opens another clause', () => {
    expect(withoutBackground('Strikes hit several cities, including Kyiv, Lviv and Odesa.', 'en')).toBe('Strikes hit several cities,');
  });

  it('keeps a clause that reports: a figure or a time in it', () => {
    expect(withoutBackground('The blast killed 12 people, including two children.', 'en')).toBeNull();
    expect(withoutBackground('The minister, who resigned last night, said the plan would go on.', 'en')).toBeNull();
    expect(withoutBackground('The defence minister, who resigned on Friday after a bribery inquiry, said the plan would go on.', 'en')).toBeNull();
    expect(withoutBackground('The company, whose shares fell 20% this year, cut its forecast.', 'en')).toBeNull();
    expect(withoutBackground('Putin, who visited Beijing last October, spoke to Xi.', 'en')).toBeNull();
  });

  it('leaves a sentence without such clauses, a restrictive clause and the World Health Organization alone', () => {
    expect(withoutBackground('Xi and Putin spoke by phone on Thursday.', 'en')).toBeNull();
    expect(withoutBackground('Leaders who attended the summit signed the deal.', 'en')).toBeNull();
    expect(withoutBackground('The outbreak is contained, WHO said on Friday.', 'en')).toBeNull();
  });

  it('reads no other language by these rules', () => {
    expect(withoutBackground('Putin, who has faced isolation, met Xi.', 'de')).toBeNull();
  });
});
