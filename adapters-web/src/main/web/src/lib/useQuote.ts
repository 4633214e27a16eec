import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './api/endpoints';
import { ProblemError } from './api/client';
import type { CartRequest } from './api/types';

/**
 * The server's price of a cart, asked again whenever the cart changes. While the new answer is
 * on its way the previous one stays on screen (marked as updating); a 422 is not retried, it is
 * the answer, shown next to the lines and fields it names.
 */
export function useQuote(restaurantId: string, cart: CartRequest | undefined) {
  const query = useQuery({
    queryKey: ['quote', restaurantId, cart],
    queryFn: ({ signal }) => api.quote(restaurantId, cart!, signal),
    enabled: cart !== undefined && cart.lines.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
    retry: (failures, error) => failures < 2 && !(error instanceof ProblemError),
  });
  const problem = query.error instanceof ProblemError ? query.error.problem : undefined;
  return {
    quote: query.isError ? undefined : query.data,
    problem,
    networkError: query.isError && !problem,
    updating: query.isFetching,
  };
}
