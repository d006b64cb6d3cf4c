// Common given names with a clear gender, so that "she" can find "Elizabeth Roe" before the
// article has used a pronoun for her. A general list of frequent names (English-speaking and
// European), not names taken from any article; names used for both sexes are left out.
const FEMALE = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice abigail alice
judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla lori nikki michele sheila claire elena sonia susana ana ines isabel carmen lucia sofia paula marta beatriz
ursula anne sylvie nathalie valerie isabelle martine brigitte francoise monika sabine petra katarina eva jana lenka
tereza olga natalia svetlana irina tatiana yulia anastasia ekaterina marina galina lyudmila valentina nadezhda kate
katie jane joanna joanne louise lucy sally nicola
`;
const MALE = `
james robert john michael jeff jim tom dan steve david william richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse bryan joe billy bruce albert willie
gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike bill
vladimir dmitry sergei sergey igor boris ivan alexei alexey mikhail nikolai viktor yuri oleg andrei pavel francois
pierre jacques nicolas hans klaus wolfgang jurgen helmut gerhard friedrich karl heinz miguel carlos luis jorge pedro
manuel antonio francisco javier pablo diego fernando ricardo alejandro rodrigo joao paulo marcelo tomas jan petr
jiri josef milos vaclav andrej martin jakub lukas hugo tony mohammed muhammad ahmed ali hassan omar abdullah
`;

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const female = words(FEMALE);
const male = words(MALE);

/** The gender a given name clearly shows ("Elizabeth" → f), or null. */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  const n = name.toLowerCase();
  const f = female.has(n);
  const m = male.has(n);
  return f === m ? null : f ? 'f' : 'm';
}
