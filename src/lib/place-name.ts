/** A state's name as it reads in running text: "in Ohio", but "in the District of Columbia". */
export function placeName(code: string, name: string): string {
  return code === 'dc' ? `the ${name}` : name;
}
