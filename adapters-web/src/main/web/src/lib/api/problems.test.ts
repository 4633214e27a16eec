import { codeOf, placeErrors } from './problems';

const problem = {
  type: '/problems/validation', title: 'Invalid', status: 422, requestId: 'r',
  errors: [
    { field: 'lines[1].optionIds', message: 'Choose a doneness.' },
    { field: 'lines[1].quantity', message: 'At most 99.' },
    { field: 'fulfillment.address.postalCode', message: 'is required' },
    { field: 'customer.email', message: 'is not an email address' },
    { field: 'somethingElse', message: 'Below the minimum order.' },
  ],
};

describe('problem documents to the places they name', () => {
  it('puts line errors by line, known fields by field, the rest in general', () => {
    const placed = placeErrors(problem, ['fulfillment.address.postalCode', 'customer.email']);
    expect(placed.lines).toEqual({ 1: 'Choose a doneness. At most 99.' });
    expect(placed.fields).toEqual({ 'fulfillment.address.postalCode': 'is required', 'customer.email': 'is not an email address' });
    expect(placed.general).toEqual(['Below the minimum order.']);
  });

  it('lets the page word an error in its own terms', () => {
    const placed = placeErrors(
      { type: '/problems/validation', title: 'Invalid', status: 422, requestId: 'r',
        errors: [{ field: 'fulfillment.address.postalCode', code: 'required', message: 'fulfillment.address.postalCode is required' }] },
      ['fulfillment.address.postalCode'],
      (error) => (error.code === 'required' ? 'Please fill this in.' : error.message),
    );
    expect(placed.fields['fulfillment.address.postalCode']).toBe('Please fill this in.');
  });

  it('a problem without errors is one general message (its detail)', () => {
    expect(placeErrors({ type: '/problems/restaurant-closed', title: 'Closed', status: 422, requestId: 'r', detail: 'The restaurant is closed.' }).general)
      .toEqual(['The restaurant is closed.']);
  });

  it('finds the code of a field (a decline code)', () => {
    expect(codeOf({ type: '/problems/payment-declined', title: 'd', status: 402, requestId: 'r', errors: [{ field: 'payment', code: 'insufficient_funds', message: 'm' }] }, 'payment'))
      .toBe('insufficient_funds');
  });
});
