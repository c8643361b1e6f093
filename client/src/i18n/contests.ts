// Messages of the organiser pages (contests, round wizard, results, item analysis).
export const contestsVi = {
  title: 'Cuộc thi',
};
export const contestsEn: typeof contestsVi = {
  title: 'Contests',
};
