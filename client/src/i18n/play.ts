// Messages of the participant pages (rounds, attempt, review, projector, public results).
export const playVi = {
  title: 'Thi trực tuyến',
};
export const playEn: typeof playVi = {
  title: 'Online rounds',
};
