import { API_BASE, request } from './client';
import type { Menu, Order, Page } from './types';
import type {
  BulkResult,
  GeneratedReport,
  LineQuantity,
  LineRefundPreview,
  Move,
  NewStaffMember,
  OrderFilters,
  Printer,
  PrinterSetup,
  PrintJob,
  Promotion,
  PromotionTerms,
  ReportSchedule,
  RefundMade,
  Restaurant,
  Session,
  SettingsPatch,
  StaffMember,
  Stations,
  SupplyChange,
  Summary,
  User,
} from './portalTypes';

// The staff routes the portal calls, one typed function each (the guest's are in endpoints.ts).
// The session travels in the cookie; request() adds the CSRF token to every change.

const r = (restaurantId: string) => `/restaurants/${encodeURIComponent(restaurantId)}`;
const o = (orderId: string) => `/orders/${encodeURIComponent(orderId)}`;
const STAFF_PAGE = 100;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** The query string of the orders list and the export: the same filters (API.md "Restaurant staff"). */
export function filterQuery(filters: OrderFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filters.status?.length) params.set('status', filters.status.join(','));
  if (filters.fulfillment?.length) params.set('fulfillment', filters.fulfillment.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  if (filters.sort) params.set('sort', filters.sort);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const portalApi = {
  signIn: (email: string, password: string) =>
    request<Session>('/auth/login', { method: 'POST', body: { email, password } }),
  signOut: () => request<void>('/auth/logout', { method: 'POST' }),
  me: (signal?: AbortSignal) => request<User>('/auth/me', { signal }),

  restaurants: (signal?: AbortSignal) => request<Page<Restaurant>>('/restaurants?limit=200', { signal }),
  restaurant: (restaurantId: string, signal?: AbortSignal) => request<Restaurant>(r(restaurantId), { signal }),
  changeSettings: (restaurantId: string, patch: SettingsPatch) =>
    request<Restaurant>(`${r(restaurantId)}/settings`, { method: 'PATCH', body: patch }),

  menu: (restaurantId: string, signal?: AbortSignal) => request<Menu>(`${r(restaurantId)}/menu`, { signal }),
  uploadPhoto: (restaurantId: string, itemId: string, photo: Blob) =>
    request<{ photoUrl: string }>(`${r(restaurantId)}/menu/items/${itemId}/photo`, { method: 'PUT', upload: photo }),
  removePhoto: (restaurantId: string, itemId: string) =>
    request<void>(`${r(restaurantId)}/menu/items/${itemId}/photo`, { method: 'DELETE' }),
  changeSupply: (restaurantId: string, itemId: string, change: SupplyChange) =>
    request<void>(`${r(restaurantId)}/menu/items/${itemId}`, { method: 'PATCH', body: change }),
  replaceMenu: (restaurantId: string, menu: Pick<Menu, 'categories'>) =>
    request<Menu>(`${r(restaurantId)}/menu`, { method: 'PUT', body: menu }),

  // The whole team, page by page: a restaurant's staff is a short list, shown in one table.
  staff: async (restaurantId: string, signal?: AbortSignal) => {
    const items: StaffMember[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: Page<StaffMember> = await request<Page<StaffMember>>(
        `${r(restaurantId)}/staff?limit=${STAFF_PAGE}${after}`,
        { signal },
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return { items };
  },
  hire: (restaurantId: string, member: NewStaffMember) =>
    request<StaffMember>(`${r(restaurantId)}/staff`, { method: 'POST', body: member }),
  dismiss: (restaurantId: string, userId: string) =>
    request<void>(`${r(restaurantId)}/staff/${encodeURIComponent(userId)}`, { method: 'DELETE' }),

  orders: (restaurantId: string, filters: OrderFilters, cursor?: string, signal?: AbortSignal) =>
    request<Page<Order>>(
      `${r(restaurantId)}/orders${filterQuery(filters, { limit: '50', cursor, scheduled: 'include' })}`,
      { signal },
    ),
  order: (orderId: string, signal?: AbortSignal) => request<Order>(o(orderId), { signal }),
  move: (order: Pick<Order, 'id' | 'version'>, move: Move) =>
    request<Order>(`${o(order.id)}/transitions`, { method: 'POST', body: move, headers: ifMatch(order.version) }),
  bulkMove: (restaurantId: string, orderIds: string[], move: Move) =>
    request<{ results: BulkResult[] }>(`${r(restaurantId)}/orders/bulk-transitions`, {
      method: 'POST',
      body: { orderIds, ...move },
    }),
  delay: (orderId: string, minutes: number, reason?: string) =>
    request<Order>(`${o(orderId)}/delay`, { method: 'POST', body: reason ? { minutes, reason } : { minutes } }),
  previewLineRefund: (orderId: string, lines: LineQuantity[], signal?: AbortSignal) =>
    request<LineRefundPreview>(`${o(orderId)}/refunds/preview`, { method: 'POST', body: { lines }, signal }),
  refundLines: (orderId: string, lines: LineQuantity[], reason: string) =>
    request<RefundMade>(`${o(orderId)}/refunds`, { method: 'POST', body: { lines, reason } }),
  refund: (orderId: string, amount: number, reason: string) =>
    request<unknown>(`${o(orderId)}/refunds`, { method: 'POST', body: { amount, reason } }),

  /** A link the browser opens itself (the cookie goes along): tickets, receipts, exports, reports. */
  ticketUrl: (orderId: string) => `${API_BASE}${o(orderId)}/ticket?format=html`,
  receiptUrl: (orderId: string, format: 'html' | 'pdf') => `${API_BASE}${o(orderId)}/receipt?format=${format}`,
  exportUrl: (restaurantId: string, filters: OrderFilters, format: string, rows?: string) =>
    `${API_BASE}${r(restaurantId)}/orders/export${filterQuery({ ...filters, sort: undefined }, { format, rows })}`,
  reportDownloadUrl: (restaurantId: string, reportId: string, format: string) =>
    `${API_BASE}${r(restaurantId)}/reports/${encodeURIComponent(reportId)}/download?format=${format}`,

  summary: (restaurantId: string, from: string, to: string, signal?: AbortSignal) =>
    request<Summary>(`${r(restaurantId)}/reports/summary?from=${from}&to=${to}&format=json`, { signal }),
  reportSchedule: (restaurantId: string, signal?: AbortSignal) =>
    request<ReportSchedule>(`${r(restaurantId)}/report-schedule`, { signal }),
  changeReportSchedule: (restaurantId: string, schedule: ReportSchedule) =>
    request<ReportSchedule>(`${r(restaurantId)}/report-schedule`, { method: 'PUT', body: schedule }),
  reports: (restaurantId: string, signal?: AbortSignal) =>
    request<Page<GeneratedReport>>(`${r(restaurantId)}/reports?limit=50`, { signal }),

  stations: (restaurantId: string, signal?: AbortSignal) => request<Stations>(`${r(restaurantId)}/stations`, { signal }),
  saveStations: (restaurantId: string, stations: Stations) =>
    request<Stations>(`${r(restaurantId)}/stations`, { method: 'PUT', body: stations }),
  // Bumps carry no If-Match: two stations bumping their own lines of one order must not collide.
  bumpLine: (orderId: string, lineId: string) =>
    request<Order>(`${o(orderId)}/lines/${encodeURIComponent(lineId)}/bump`, { method: 'POST' }),
  recallLine: (orderId: string, lineId: string) =>
    request<Order>(`${o(orderId)}/lines/${encodeURIComponent(lineId)}/recall`, { method: 'POST' }),
  bumpStation: (orderId: string, stationId: string) =>
    request<Order>(`${o(orderId)}/stations/${encodeURIComponent(stationId)}/bump`, { method: 'POST' }),

  promotions: (restaurantId: string, signal?: AbortSignal) =>
    request<{ items: Promotion[] }>(`${r(restaurantId)}/promotions`, { signal }),
  createPromotion: (restaurantId: string, terms: PromotionTerms) =>
    request<Promotion>(`${r(restaurantId)}/promotions`, { method: 'POST', body: terms }),
  changePromotion: (restaurantId: string, promotionId: string, change: Partial<PromotionTerms>) =>
    request<Promotion>(`${r(restaurantId)}/promotions/${encodeURIComponent(promotionId)}`, { method: 'PATCH', body: change }),
  deletePromotion: (restaurantId: string, promotionId: string) =>
    request<void>(`${r(restaurantId)}/promotions/${encodeURIComponent(promotionId)}`, { method: 'DELETE' }),
  printers: (restaurantId: string, signal?: AbortSignal) =>
    request<{ items: Printer[] }>(`${r(restaurantId)}/printers`, { signal }),
  addPrinter: (restaurantId: string, setup: PrinterSetup) =>
    request<Printer>(`${r(restaurantId)}/printers`, { method: 'POST', body: setup }),
  changePrinter: (restaurantId: string, printerId: string, setup: Partial<PrinterSetup>) =>
    request<Printer>(`${r(restaurantId)}/printers/${encodeURIComponent(printerId)}`, { method: 'PATCH', body: setup }),
  removePrinter: (restaurantId: string, printerId: string) =>
    request<void>(`${r(restaurantId)}/printers/${encodeURIComponent(printerId)}`, { method: 'DELETE' }),
  testPrinter: (restaurantId: string, printerId: string) =>
    request<unknown>(`${r(restaurantId)}/printers/${encodeURIComponent(printerId)}/test`, { method: 'POST' }),
  waitingJobs: (restaurantId: string, signal?: AbortSignal) =>
    request<{ items: PrintJob[] }>(`${r(restaurantId)}/print-jobs?status=QUEUED`, { signal }),

  /** The socket of the restaurant's board (API.md "Live updates"); the cookie authenticates it. */
  boardSocketPath: (restaurantId: string) => `/ws/restaurants/${encodeURIComponent(restaurantId)}/orders`,
};
