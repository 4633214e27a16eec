// The staff side of the server's JSON (API.md "Authentication and roles", "Running the pass",
// "Restaurant staff", "Export and reports"), hand-written like types.ts.

import type { DirectoryRestaurant, Money, Order, OrderStatus, Problem } from './types';

export type Role = 'STAFF' | 'MANAGER';

export interface Membership {
  restaurantId: string;
  role: Role;
}

export interface User {
  id: string;
  email: string;
  name: string;
  memberships: Membership[];
  admin: boolean;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export interface OpeningPeriod {
  day: string;
  open: string;
  close: string;
}

/** A restaurant with every setting (GET /restaurants/{id}); the names a settings PATCH uses. */
export interface Restaurant extends Omit<DirectoryRestaurant, 'openNow'> {
  defaultPrepMinutes: number;
  acceptTimeoutMinutes: number;
  openingHours?: OpeningPeriod[] | null;
  taxRateBasisPoints: number;
  minOrder: Money;
  deliveryFee: Money;
  serviceFeeBasisPoints: number;
  autoAccept: boolean;
  busyExtraMinutes: number;
  busyUntil?: string | null;
  capacityPerSlot?: number | null;
  autoPauseAfterMissed: number;
  dueSoonMinutes: number;
  lateAfterMinutes: number;
}

export type SettingsPatch = Partial<Omit<Restaurant, 'id' | 'name' | 'address' | 'currency' | 'timezone'>>;

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface NewStaffMember {
  email: string;
  name?: string;
  password?: string;
  role: Role;
}

export interface Move {
  to: OrderStatus;
  prepMinutes?: number;
  reason?: string;
}

export interface BulkResult {
  orderId: string;
  ok: boolean;
  status?: OrderStatus;
  error?: Problem;
}

export interface OrderFilters {
  status?: OrderStatus[];
  fulfillment?: string[];
  from?: string;
  to?: string;
  q?: string;
  sort?: 'placedAt' | '-placedAt';
}

export interface ReportSchedule {
  daily: boolean;
  weekly: boolean;
  formats: string[];
  emailTo: string[];
}

export interface GeneratedReport {
  id: string;
  kind: 'DAILY' | 'WEEKLY';
  from: string;
  to: string;
  createdAt: string;
  formats: string[];
}

export interface SalesSlice {
  key: string;
  orders: number;
  netSales: Money;
  totalCollected: Money;
}

export interface ItemSales {
  name: string;
  quantity: number;
  revenue: Money;
}

/** The summary of a range of local dates (API.md "Export and reports"). */
export interface Summary {
  restaurant: string;
  from: string;
  to: string;
  timezone: string;
  currency: string;
  ordersByStatus: Record<string, number>;
  sales: {
    orders: number;
    grossSales: Money;
    discounts: Money;
    netSales: Money;
    serviceFees: Money;
    deliveryFees: Money;
    tax: Money;
    tips: Money;
    refunds: Money;
    totalCollected: Money;
    averageTicket: Money;
  };
  byFulfillment: SalesSlice[];
  byHour: SalesSlice[];
  byDay: SalesSlice[];
  topItems: { byQuantity: ItemSales[]; byRevenue: ItemSales[] };
  missedOrders: number;
  cancellations: number;
  averagePrepMinutes: number | null;
  readyOnTimeShare: number | null;
  /** Each kitchen station's average minutes from accept to its last bump of an order. */
  stationSpeeds?: { stationId: string; name: string; orders: number; averageMinutes: number }[];
}

export type { Order };

/** Items of one order line to refund. */
export interface LineQuantity {
  lineId: string;
  quantity: number;
}

/** What refunding items would give back, worked out by the server (nothing refunded yet). */
export interface LineRefundPreview {
  amount: Money;
  currency: string;
  lines: Array<{ lineId: string; quantity: number; refundedQuantity: number }>;
}

/** A refund as the server made it. */
export interface RefundMade {
  id: string;
  orderId: string;
  amount: Money;
  currency: string;
  reason: string;
  createdAt: string;
}

// The kitchen: stations, their screens and the printers (API.md "Kitchen: stations, screens and printers").

export interface Station {
  /** Absent for a station a manager is adding. */
  id?: string;
  name: string;
  categoryNames: string[];
  itemIds: string[];
  default: boolean;
  expo: boolean;
}

export interface Stations {
  stations: Station[];
  readyWhenAllBumped?: boolean;
}

export type PrinterStatus = 'ONLINE' | 'OFFLINE' | 'PAPER_OUT' | 'UNKNOWN';

export type PrinterConnection = { type: 'escpos-tcp'; host: string; port: number } | { type: 'cloudprnt' };

export interface PrinterSetup {
  name: string;
  stationIds: string[];
  connection: PrinterConnection;
  backupPrinterId?: string | null;
  copies: number;
  columns: number;
}

export interface Printer extends PrinterSetup {
  id: string;
  status: PrinterStatus;
  lastSeenAt?: string | null;
  /** Once, in the answer that made it a CloudPRNT printer: what to type into the printer. */
  cloudprnt?: { url: string; username: string; password: string };
}

export interface PrintJob {
  id: string;
  shortId: string;
  kind: 'NEW' | 'CANCELLED' | 'REPRINT' | 'TEST';
  status: 'QUEUED' | 'SENT' | 'PRINTED' | 'FAILED';
  attempts: number;
  printerId: string;
  orderId?: string | null;
  orderNumber?: number | null;
  stationId?: string | null;
  createdAt: string;
  lastError?: string | null;
}

/** A printer that is not ONLINE, as a board socket's `printers` frame lists it. */
export interface PrinterTrouble {
  printerId: string;
  name: string;
  status: Exclude<PrinterStatus, 'ONLINE'>;
}

/**
 * What a board socket sends: the order frames of every live socket, and the restaurant's
 * printers that are not ONLINE, whole, when the socket opens and whenever that list changes.
 */
export type BoardFrame =
  | import('./types').LiveFrame
  | { type: 'printers'; printers: PrinterTrouble[] }
  /** The restaurant's menu changed (an item sold out or back, portions taken): read it again. */
  | { type: 'menu.updated' };

/** How a promo code takes money off: percent (1..100) or minor units. */
export type PromotionKind = 'PERCENT' | 'AMOUNT';

/** A promo code's terms as a manager sets them (docs/menu-and-pricing.md, "Promotions"). */
export interface PromotionTerms {
  code: string;
  kind: PromotionKind;
  value: number;
  minSubtotal?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
  maxRedemptions?: number | null;
  maxPerCustomer?: number | null;
  firstOrderOnly: boolean;
  active: boolean;
}

export interface Promotion extends PromotionTerms {
  id: string;
  /** Orders holding a redemption; one rejected or cancelled before capture gave it back. */
  redemptions: number;
}

/** What `PATCH .../menu/items/{itemId}` takes (API.md): each part left out stays as it is. */
export interface SupplyChange {
  available?: boolean;
  availableAgainAt?: string | null;
  stock?: number | null;
}
